package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)

loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			continue loop
		case i > 4:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	count := 0
L1:
	for a := 0; a < 3; a++ {
	L2:
		for b := 0; b < 3; b++ {
			for c := 0; c < 3; c++ {
				count++
				if c == 1 {
					continue L2
				}
				if b == 2 {
					continue L1
				}
			}
		}
	}
	fmt.Println(count)

	var v interface{} = "s"
sw:
	switch v.(type) {
	case string:
		for i := 0; i < 3; i++ {
			if i == 1 {
				break sw
			}
			fmt.Println("in switch", i)
		}
		fmt.Println("unreachable")
	}
	fmt.Println("end")
}
