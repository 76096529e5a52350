package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type job struct {
	id   int
	text string
}

type result struct {
	id     int
	worker int
	out    string
}

func worker(w int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j.id, w, strings.ToUpper(j.text)}
	}
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog again")
	jobs := make(chan job, len(words))
	results := make(chan result, len(words))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, w := range words {
		jobs <- job{i, w}
	}
	close(jobs)
	wg.Wait()
	close(results)

	var all []result
	workersUsed := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersUsed[r.worker] = true
	}
	sort.Slice(all, func(a, b int) bool { return all[a].id < all[b].id })
	for _, r := range all {
		fmt.Println(r.id, r.out)
	}
	fmt.Println("jobs:", len(all), "workers used <= 3:", len(workersUsed) <= 3)

	// Pool computing sums with results indexed by job.
	const n = 50
	sums := make([]int, n)
	jc := make(chan int)
	var wg2 sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := range jc {
				s := 0
				for k := 0; k <= j; k++ {
					s += k
				}
				sums[j] = s
			}
		}()
	}
	for j := 0; j < n; j++ {
		jc <- j
	}
	close(jc)
	wg2.Wait()
	fmt.Println(sums[0], sums[1], sums[10], sums[49])
}
