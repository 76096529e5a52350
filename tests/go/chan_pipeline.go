package main

import "fmt"

func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filterOdd(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func sum(in <-chan int) int {
	s := 0
	for n := range in {
		s += n
	}
	return s
}

func counter(limit int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= limit; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func main() {
	fmt.Println(sum(square(generate(1, 2, 3, 4))))
	for v := range square(square(generate(2, 3))) {
		fmt.Println(v)
	}
	fmt.Println(sum(filterOdd(square(counter(100)))))

	// Prime sieve (Go tour style): a daisy chain of filters.
	primes := []int{}
	ch := make(chan int)
	go func() {
		for i := 2; ; i++ {
			ch <- i
		}
	}()
	for i := 0; i < 15; i++ {
		p := <-ch
		primes = append(primes, p)
		next := make(chan int)
		go func(in <-chan int, out chan<- int, p int) {
			for {
				v := <-in
				if v%p != 0 {
					out <- v
				}
			}
		}(ch, next, p)
		ch = next
	}
	fmt.Println(primes)
}
