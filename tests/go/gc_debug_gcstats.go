// runtime/debug.ReadGCStats: the pause history newest first, its quantiles, and how it agrees
// with runtime.MemStats; SetMaxThreads and SetPanicOnFault hand back the previous settings.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

var sink [][]byte

func main() {
	for i := 0; i < 3; i++ {
		sink = append(sink, make([]byte, 1<<20))
		runtime.GC()
	}
	// Collections may run between any two reads (GODEBUG=gcstress collects at every
	// allocation): compare with a MemStats read before, and allow for the 256-entry rings.
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	var st debug.GCStats
	st.PauseQuantiles = make([]time.Duration, 5)
	debug.ReadGCStats(&st)
	kept := st.NumGC
	if kept > 256 {
		kept = 256
	}
	fmt.Println("NumGC agrees:", st.NumGC >= int64(m.NumGC), st.NumGC >= 3)
	fmt.Println("one pause per cycle:", int64(len(st.Pause)) == kept, len(st.PauseEnd) == len(st.Pause))
	var sum time.Duration
	newestFirst := true
	for i, p := range st.Pause {
		sum += p
		if i > 0 && st.PauseEnd[i].After(st.PauseEnd[i-1]) {
			newestFirst = false
		}
	}
	fmt.Println("newest first:", newestFirst, "total:", sum == st.PauseTotal || kept < st.NumGC && sum <= st.PauseTotal)
	fmt.Println("last GC:", st.LastGC.Equal(st.PauseEnd[0]), st.LastGC.UnixNano() >= int64(m.LastGC))
	q := st.PauseQuantiles
	ordered := true
	for i := 1; i < len(q); i++ {
		if q[i] < q[i-1] {
			ordered = false
		}
	}
	min, max := st.Pause[0], st.Pause[0]
	for _, p := range st.Pause {
		if p < min {
			min = p
		}
		if p > max {
			max = p
		}
	}
	fmt.Println("quantiles:", ordered, q[0] == min, q[4] == max)
	var empty debug.GCStats
	debug.ReadGCStats(&empty)
	fmt.Println("no quantiles asked:", empty.PauseQuantiles == nil)
	fmt.Println(debug.SetMaxThreads(50), debug.SetMaxThreads(10000))
	fmt.Println(debug.SetPanicOnFault(true), debug.SetPanicOnFault(false))
}
