package main

import "fmt"

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	items := []Item{{"Widget", 3, 2.5}, {"Gadget long name", 12, 10}, {"X", 1000, 0.125}}
	fmt.Printf("%-16s %5s %8s\n", "NAME", "QTY", "PRICE")
	total := 0.0
	for _, it := range items {
		fmt.Printf("%-16.16s %5d %8.2f\n", it.Name, it.Qty, it.Price)
		total += float64(it.Qty) * it.Price
	}
	fmt.Printf("%-16s %14.3f\n", "TOTAL", total)
	for i := 1; i <= 1000; i *= 10 {
		fmt.Printf("[%6d] [%-6d] [%06d] [%x] [%6.2f]\n", i, i, i, i, float64(i)/3)
	}
	fmt.Printf("[%5t] [%-5t]\n", true, false)
	fmt.Printf("[%3s] [%-3s] [%03d]\n", "longer", "ab", -5)
	fmt.Printf("[%*s] [%-*s]\n", 8, "right", 8, "left")
	fmt.Printf("[%8v] [%-8v] [%8v]\n", []int{1}, "s", 3.5)
	fmt.Printf("[%10v] [%-10v]\n", Item{"a", 1, 2}, struct{}{})
	fmt.Printf("[%6.3v] [%.1v]\n", "abcdef", "xyz")
	fmt.Printf("[%+.3e] [%12.4E] [%-12g]\n", 12345.678, 0.000123, 1e-9)
	fmt.Printf("[% d] [% d] [%+d] [%+d]\n", 5, -5, 5, -5)
	fmt.Printf("[%#o] [%#x] [%#X] [%#b]\n", 8, 255, 255, 5)
	fmt.Printf("[%#8x] [%-#8x] [%#08x]\n", 255, 255, 255)
	fmt.Printf("[%v] [%3c] [%-4q]\n", 'A', 'B', 'C')
	fmt.Printf("[%5.1f%%]\n", 99.5)
	for _, w := range []int{1, 5, 10} {
		fmt.Printf("[%*d]\n", w, 42)
	}
	fmt.Printf("[%-*d]\n", -6, 7)
}
