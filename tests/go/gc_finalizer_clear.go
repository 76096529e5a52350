package main

import (
	"fmt"
	"runtime"
	"time"
)

type obj struct {
	name string
	pad  [32]byte
}

func main() {
	ran := make(chan string, 10)
	func() {
		a := &obj{name: "a"}
		runtime.SetFinalizer(a, func(o *obj) { ran <- o.name })
		runtime.SetFinalizer(a, nil) // cleared: must not run
		b := &obj{name: "b"}
		runtime.SetFinalizer(b, func(o *obj) { ran <- o.name })
	}()
	// Wait for b's finalizer; a's must never run.
	var names []string
	for i := 0; i < 200 && len(names) == 0; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
		for len(ran) > 0 {
			names = append(names, <-ran)
		}
	}
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(2 * time.Millisecond)
	}
	for len(ran) > 0 {
		names = append(names, <-ran)
	}
	fmt.Println(names)

	// A finalizer that resurrects its object: the object survives one more cycle.
	var saved *obj
	resurrected := make(chan bool, 1)
	func() {
		o := &obj{name: "phoenix"}
		runtime.SetFinalizer(o, func(o *obj) {
			saved = o
			resurrected <- true
		})
	}()
	for i := 0; i < 200; i++ {
		runtime.GC()
		if len(resurrected) > 0 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	<-resurrected
	fmt.Println("resurrected:", saved.name)

	// Finalizer with an interface-typed parameter.
	iface := make(chan string, 1)
	func() {
		o := &obj{name: "iface"}
		runtime.SetFinalizer(o, func(v interface{}) { iface <- fmt.Sprintf("%T", v) })
	}()
	for i := 0; i < 200 && len(iface) == 0; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println(<-iface)
}
