package main

func main() {
	x := 3
	switch {
	case 1:
	case x:
	case x > 1, "s":
	default:
	default:
	}
	var i interface{} = x
	switch i.(type) {
	default:
	case int:
	default:
	}
	ch := make(chan int)
	select {
	case <-ch:
	default:
	default:
	}
	switch {
	case true:
	case true:
	}
}
