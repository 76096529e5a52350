package main

import "fmt"

type counter struct {
	name string
	n    int
}

func (c *counter) run(steps int, done chan<- string) {
	for i := 0; i < steps; i++ {
		c.n++
	}
	done <- fmt.Sprintf("%s:%d", c.name, c.n)
}

func (c counter) report(done chan<- string) {
	done <- "copy " + c.name
}

type runner interface {
	report(done chan<- string)
}

func main() {
	done := make(chan string)
	c := &counter{name: "x"}
	go c.run(3, done)
	fmt.Println(<-done)

	// Method value bound at go time; the receiver copy is taken then.
	v := counter{name: "before"}
	go v.report(done)
	fmt.Println(<-done)
	v.name = "after"

	// Through an interface.
	var r runner = counter{name: "iface"}
	go r.report(done)
	fmt.Println(<-done)

	// Method expression.
	go (*counter).run(c, 2, done)
	fmt.Println(<-done)

	// A goroutine calling a closure that returns a value (result discarded).
	res := make(chan int, 1)
	go func() int {
		res <- 42
		return 1
	}()
	fmt.Println(<-res)
}
