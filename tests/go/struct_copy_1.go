package main

import "fmt"

type Vec struct{ X, Y, Z float64 }

func (v Vec) Add(o Vec) Vec      { return Vec{v.X + o.X, v.Y + o.Y, v.Z + o.Z} }
func (v Vec) Scale(f float64) Vec { return Vec{v.X * f, v.Y * f, v.Z * f} }
func (v Vec) Dot(o Vec) float64   { return v.X*o.X + v.Y*o.Y + v.Z*o.Z }
func (v *Vec) Normalize() {
	l := v.Dot(*v)
	if l == 0 {
		return
	}
	inv := 1 / sqrt(l)
	v.X *= inv
	v.Y *= inv
	v.Z *= inv
}

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

type Particle struct {
	Pos, Vel Vec
	Mass     float64
	Tags     [2]string
}

func step(p Particle) Particle {
	p.Pos = p.Pos.Add(p.Vel)
	p.Tags[0] = "moved"
	return p
}

func stepPtr(p *Particle) {
	p.Pos = p.Pos.Add(p.Vel)
	p.Tags[1] = "ptr"
}

func main() {
	a := Vec{1, 2, 3}
	b := Vec{4, 5, 6}
	fmt.Println(a.Add(b), a.Scale(2), a.Dot(b))
	c := a
	c.X = 100
	fmt.Println(a, c)
	p := Particle{Pos: Vec{}, Vel: Vec{1, 1, 0}, Mass: 2}
	q := step(p)
	fmt.Printf("%+v\n%+v\n", p, q)
	stepPtr(&p)
	stepPtr(&p)
	fmt.Printf("%+v\n", p)
	ps := []Particle{p, q}
	ps[0].Mass = 10
	fmt.Println(p.Mass, ps[0].Mass)
	for _, x := range ps {
		x.Mass = -1
	}
	fmt.Println(ps[0].Mass, ps[1].Mass)
	for i := range ps {
		ps[i].Mass = -1
	}
	fmt.Println(ps[0].Mass, ps[1].Mass)
	arr := [2]Vec{{1, 0, 0}, {0, 1, 0}}
	arr2 := arr
	arr2[0].X = 9
	fmt.Println(arr, arr2)
	n := Vec{3, 4, 0}
	n.Normalize()
	fmt.Printf("%.3f %.3f %.3f\n", n.X, n.Y, n.Z)
	type Pair struct {
		A *Vec
		B Vec
	}
	shared := &Vec{1, 1, 1}
	p1 := Pair{shared, *shared}
	p2 := p1
	p2.A.X = 7
	p2.B.X = 8
	fmt.Println(*p1.A, p1.B, *p2.A, p2.B)
}
