package main

import (
	"fmt"
	"strings"
)

type Grid [9][9]int

func parse(s string) Grid {
	var g Grid
	s = strings.Join(strings.Fields(s), "")
	for i, c := range s {
		if c >= '1' && c <= '9' {
			g[i/9][i%9] = int(c - '0')
		}
	}
	return g
}

func (g *Grid) ok(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (g *Grid) Solve(calls *int) bool {
	*calls++
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if g.ok(r, c, v) {
					g[r][c] = v
					if g.Solve(calls) {
						return true
					}
					g[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (g Grid) String() string {
	var sb strings.Builder
	for r, row := range g {
		if r > 0 && r%3 == 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c > 0 && c%3 == 0 {
				sb.WriteString("| ")
			}
			if v == 0 {
				sb.WriteString(". ")
			} else {
				fmt.Fprintf(&sb, "%d ", v)
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

const puzzle = `
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`

func main() {
	g := parse(puzzle)
	fmt.Print(g)
	calls := 0
	solved := g.Solve(&calls)
	fmt.Println("solved:", solved, "calls:", calls)
	fmt.Print(g)
	sum := 0
	for _, row := range g {
		for _, v := range row {
			sum += v
		}
	}
	fmt.Println("sum", sum)
	bad := parse("55" + strings.Repeat(".", 79))
	fmt.Println("bad row ok for 5:", bad.ok(0, 2, 5), "ok for 4:", bad.ok(0, 2, 4), bad[0][:3])
}
