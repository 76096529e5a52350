package main

type Status struct{ Name string }

func (s Status) String() string { return "status:" + s.Name }

func main() {
	panic(Status{"broken"})
}
