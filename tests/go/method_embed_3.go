package main

import "fmt"

type Engine struct {
	HP      int
	running bool
}

func (e *Engine) Start() string { e.running = true; return fmt.Sprintf("engine %dhp started", e.HP) }
func (e Engine) Running() bool  { return e.running }
func (e Engine) Describe() string { return fmt.Sprintf("engine(%d)", e.HP) }

type Radio struct{ Station string }

func (r Radio) Describe() string { return "radio " + r.Station }
func (r *Radio) Tune(s string)   { r.Station = s }

type Car struct {
	*Engine
	Radio
	Name string
}

func (c Car) Describe() string {
	return c.Name + " with " + c.Engine.Describe() + " and " + c.Radio.Describe()
}

type Starter interface{ Start() string }
type Describer interface{ Describe() string }

type Truck struct {
	Car
	Load int
}

func main() {
	c := Car{&Engine{HP: 150}, Radio{"FM1"}, "sedan"}
	fmt.Println(c.Start(), c.Running(), c.HP)
	c.Tune("AM2")
	fmt.Println(c.Describe())
	var s Starter = c
	fmt.Println(s.Start())
	var d Describer = c
	fmt.Println(d.Describe())
	d = c.Radio
	fmt.Println(d.Describe())
	d = *c.Engine
	fmt.Println(d.Describe())
	t := Truck{Car: Car{&Engine{HP: 400}, Radio{}, "big"}, Load: 10}
	fmt.Println(t.Start(), t.Describe(), t.Name, t.Load, t.Station == "")
	t.Tune("news")
	fmt.Println(t.Radio.Station, t.Car.Radio.Station)
	copyC := c
	copyC.HP = 999
	fmt.Println(c.HP, copyC.HP)
	copyC.Station = "changed"
	fmt.Println(c.Station, copyC.Station)
}
