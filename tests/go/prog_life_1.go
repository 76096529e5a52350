package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	c := make([][]bool, h)
	for i := range c {
		c[i] = make([]bool, w)
	}
	return &Grid{w, h, c}
}

func (g *Grid) Set(x, y int, v bool) { g.cells[y][x] = v }

func (g *Grid) Alive(x, y int) bool {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return g.cells[y][x]
}

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	ng := NewGrid(g.w, g.h)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbors(x, y)
			alive := g.Alive(x, y)
			ng.Set(x, y, n == 3 || n == 2 && alive)
		}
	}
	return ng
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g *Grid) Population() int {
	n := 0
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	g := NewGrid(8, 6)
	glider := [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}}
	for _, p := range glider {
		g.Set(p[0], p[1], true)
	}
	blinker := [][2]int{{5, 4}, {6, 4}, {7, 4}}
	for _, p := range blinker {
		g.Set(p[0], p[1], true)
	}
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d pop %d\n%v", gen, g.Population(), g)
		g = g.Step()
	}
	for i := 0; i < 20; i++ {
		g = g.Step()
	}
	fmt.Println("after 24 generations:", g.Population())
	fmt.Print(g)
}
