package main

func g() (float32, float64) { return 1, 2 }
func h() (int, int)         { return 1, 2 }
func k() float64            { return 1 }

func main() {
	_ = complex(g())
	_ = complex(h())
	_ = complex(k())
}
