// A worker pool stopped by a context, and a select between a timeout context and time.After.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type Result struct {
	ID  int
	Val int
}

func worker(ctx context.Context, id int, jobs <-chan int, out chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			out <- Result{id, j * j}
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	jobs := make(chan int)
	out := make(chan Result, 100)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, out, &wg)
	}
	for i := 1; i <= 9; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(out)
	sum := 0
	for r := range out {
		sum += r.Val
	}
	fmt.Println("sum", sum)
	tctx, c2 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer c2()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err())
	case <-time.After(time.Second):
		fmt.Println("after")
	}
}
