package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Kind() string     { return "animal" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Kind() string { return "dog:" + d.Animal.Kind() }

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Name string
}

type Describer interface{ Describe() string }

type Base struct{ ID int }

func (b Base) GetID() int { return b.ID }

type Mid struct{ Base }
type Top struct {
	Mid
	Extra string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Kind(), d.Animal.Kind())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	var ds Describer = d
	fmt.Println(ds.Describe())
	fmt.Printf("%v\n%+v\n", d, d)
	s := Service{&Logger{"[svc] "}, "api"}
	s.Log("started " + s.Name)
	s.prefix = "[changed] "
	s.Log("again")
	t := Top{Mid{Base{42}}, "x"}
	fmt.Println(t.GetID(), t.ID, t.Mid.Base.ID)
	fmt.Printf("%+v\n", t)
	dp := &Dog{Animal: Animal{Name: "Ptr"}}
	dp.Rename("Ptr2")
	fmt.Println(dp.Describe(), dp.Kind())
	f := d.Describe
	g := Dog.Kind
	fmt.Println(f(), g(d))
}
