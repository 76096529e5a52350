package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

func safeGo(wg *sync.WaitGroup, results chan<- string, id int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				results <- fmt.Sprintf("worker %d recovered: %v", id, r)
				return
			}
			results <- fmt.Sprintf("worker %d ok", id)
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 10)
	safeGo(&wg, results, 1, func() { panic("boom") })
	safeGo(&wg, results, 2, func() {})
	safeGo(&wg, results, 3, func() {
		var a []int
		_ = a[3]
	})
	safeGo(&wg, results, 4, func() { panic(errors.New("an error value")) })
	safeGo(&wg, results, 5, func() {
		var m map[string]int
		m["x"] = 1
	})
	safeGo(&wg, results, 6, func() {
		x := 0
		fmt.Println(10 / x)
	})
	wg.Wait()
	close(results)
	var all []string
	for r := range results {
		all = append(all, r)
	}
	sort.Strings(all)
	for _, r := range all {
		fmt.Println(r)
	}

	// A recovered panic value sent back to main.
	errc := make(chan interface{})
	go func() {
		defer func() { errc <- recover() }()
		panic(fmt.Sprintf("code %d", 7))
	}()
	v := <-errc
	fmt.Printf("%T %v\n", v, v)
}
