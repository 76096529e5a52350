package main

import (
	"fmt"
	"sync"
)

func show(prefix string, n int, wg *sync.WaitGroup, out []string, idx int) {
	defer wg.Done()
	out[idx] = fmt.Sprintf("%s=%d", prefix, n)
}

func main() {
	// Arguments of a go statement are evaluated when the go statement runs.
	var wg sync.WaitGroup
	out := make([]string, 3)
	x := 1
	wg.Add(1)
	go show("a", x*10, &wg, out, 0)
	x = 2
	wg.Add(1)
	go show("b", x*10, &wg, out, 1)
	x = 3
	wg.Add(1)
	go show("c", x*10, &wg, out, 2)
	x = 4
	wg.Wait()
	fmt.Println(out, x)

	// Closures capture variables, not values: the goroutine sees the final value here.
	y := 5
	done := make(chan int)
	go func() { done <- y }()
	y = 6
	fmt.Println("closure sees", <-done)

	// Per-iteration copy passed as argument.
	res := make([]int, 5)
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func(k int) {
			defer wg2.Done()
			res[k] = k * k
		}(i)
	}
	wg2.Wait()
	fmt.Println(res)

	// Shadowed loop variable captured by closure.
	res2 := make([]int, 4)
	var wg3 sync.WaitGroup
	for i := 0; i < 4; i++ {
		i := i
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			res2[i] = i + 100
		}()
	}
	wg3.Wait()
	fmt.Println(res2)

	// The function value itself is evaluated at go time.
	f := func(c chan string) { c <- "first" }
	c := make(chan string)
	go f(c)
	f = func(c chan string) { c <- "second" }
	fmt.Println(<-c)
}
