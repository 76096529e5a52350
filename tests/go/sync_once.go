package main

import (
	"fmt"
	"sync"
)

var (
	configOnce sync.Once
	config     map[string]string
	loads      int
)

func getConfig() map[string]string {
	configOnce.Do(func() {
		loads++
		config = map[string]string{"mode": "test"}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = getConfig()["mode"]
		}()
	}
	wg.Wait()
	fmt.Println(getConfig()["mode"], "loads:", loads)

	// A different function passed to the same Once is not run.
	var once sync.Once
	once.Do(func() { fmt.Println("first") })
	once.Do(func() { fmt.Println("second") })

	// A panic inside Do still counts as done.
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("in once") })
	}()
	p.Do(func() { fmt.Println("not run after panic") })
	fmt.Println("after panic once")

	// Once in a struct field; each value has its own Once.
	type lazy struct {
		once sync.Once
		v    int
	}
	items := []*lazy{{}, {}, {}}
	for i, it := range items {
		for j := 0; j < 3; j++ {
			it.once.Do(func() { it.v = (i + 1) * 10 })
		}
	}
	for _, it := range items {
		fmt.Print(it.v, " ")
	}
	fmt.Println()

	// Recursive structure: Do called from a goroutine while others wait for it.
	var slow sync.Once
	order := make(chan string, 4)
	var wg2 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			slow.Do(func() { order <- "init" })
			order <- "used"
		}()
	}
	wg2.Wait()
	close(order)
	fmt.Println(<-order, len(order))
}
