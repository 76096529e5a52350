package main

import (
	"fmt"
	"runtime"
)

// runtime.LockOSThread/UnlockOSThread nest and do not change what a goroutine can do;
// NumCgoCall is 0 without cgo; MemProfileRate is 0 when nothing uses the memory profile, and it
// keeps what a program stores in it.
func main() {
	fmt.Println("NumCgoCall:", runtime.NumCgoCall())
	fmt.Println("MemProfileRate:", runtime.MemProfileRate)
	runtime.MemProfileRate = 512 * 1024
	fmt.Println("MemProfileRate:", runtime.MemProfileRate)
	runtime.MemProfileRate = 0

	runtime.LockOSThread()
	runtime.LockOSThread()
	done := make(chan string)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		done <- "locked goroutine ran"
	}()
	fmt.Println(<-done)
	runtime.UnlockOSThread()
	runtime.UnlockOSThread()
	runtime.UnlockOSThread() // more unlocks than locks are ignored
	runtime.Gosched()
	fmt.Println("NumCgoCall:", runtime.NumCgoCall())
}
