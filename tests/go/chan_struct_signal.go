package main

import "fmt"

type task struct {
	name string
	done chan struct{}
}

func main() {
	// Completion signals with chan struct{}.
	tasks := []*task{{"a", make(chan struct{})}, {"b", make(chan struct{})}, {"c", make(chan struct{})}}
	order := make(chan string, 3)
	for _, t := range tasks {
		go func(t *task) {
			order <- t.name
			close(t.done)
		}(t)
	}
	for _, t := range tasks {
		<-t.done
	}
	close(order)
	n := 0
	for range order {
		n++
	}
	fmt.Println("all done", n)

	// Sequential hand-off: each goroutine waits on the previous one's signal.
	prev := make(chan struct{})
	first := prev
	out := make(chan int, 5)
	for i := 0; i < 5; i++ {
		next := make(chan struct{})
		go func(i int, wait <-chan struct{}, signal chan<- struct{}) {
			<-wait
			out <- i
			close(signal)
		}(i, prev, next)
		prev = next
	}
	close(first)
	<-prev
	close(out)
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Empty struct values are equal and take no space in the buffer.
	e := make(chan struct{}, 2)
	e <- struct{}{}
	x := <-e
	fmt.Println(x == struct{}{}, len(e))
}
