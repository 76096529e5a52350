package main

import "fmt"

func collatz(n int) (steps int) {
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return
}

func main() {
	best, bestN := 0, 0
	for n := 1; n < 10000; n++ {
		if s := collatz(n); s > best {
			best, bestN = s, n
		}
	}
	fmt.Println(bestN, best)
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			fmt.Print("FizzBuzz")
		case i%3 == 0:
			fmt.Print("Fizz")
		case i%5 == 0:
			fmt.Print("Buzz")
		default:
			fmt.Print(i)
		}
		if i < 15 {
			fmt.Print(",")
		}
	}
	fmt.Println()
	for i := 1; i <= 5; i++ {
		for j := 1; j <= i; j++ {
			fmt.Printf("%3d", i*j)
		}
		fmt.Println()
	}
	n := 0
	for n < 1000000 {
		n = n*2 + 1
	}
	fmt.Println(n)
	var u8 uint8
	count := 0
	for u8 = 250; u8 != 4; u8++ {
		count++
	}
	fmt.Println(count, u8)
	x, y := 0, 100
	for x < y {
		x += 7
		y -= 3
	}
	fmt.Println(x, y)
	total := 0
	for i := 0; i < 10; i++ {
		if i%2 == 1 {
			continue
		}
		for j := i; j < 10; j += 3 {
			total += j
		}
	}
	fmt.Println(total)
	pyth := 0
	for a := 1; a < 30; a++ {
		for b := a; b < 30; b++ {
			for c := b; c < 45; c++ {
				if a*a+b*b == c*c {
					pyth++
				}
			}
		}
	}
	fmt.Println(pyth)
}
