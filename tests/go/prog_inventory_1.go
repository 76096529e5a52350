package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Tools Category = iota
	Food
	Toys
)

var catNames = [...]string{"tools", "food", "toys"}

func (c Category) String() string { return catNames[c] }

type Product struct {
	SKU      string
	Name     string
	Cat      Category
	Price    float64
	Quantity int
}

type Inventory struct {
	products map[string]*Product
	log      []string
}

var ErrUnknownSKU = errors.New("unknown sku")

type StockError struct {
	SKU            string
	Want, Have     int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("not enough %s: want %d, have %d", e.SKU, e.Want, e.Have)
}

func (inv *Inventory) Add(p Product) {
	if inv.products == nil {
		inv.products = make(map[string]*Product)
	}
	if existing, ok := inv.products[p.SKU]; ok {
		existing.Quantity += p.Quantity
		inv.logf("restock %s +%d", p.SKU, p.Quantity)
		return
	}
	inv.products[p.SKU] = &p
	inv.logf("add %s (%s)", p.SKU, p.Name)
}

func (inv *Inventory) logf(format string, args ...interface{}) {
	inv.log = append(inv.log, fmt.Sprintf(format, args...))
}

func (inv *Inventory) Remove(sku string, n int) error {
	p, ok := inv.products[sku]
	if !ok {
		return fmt.Errorf("remove %q: %w", sku, ErrUnknownSKU)
	}
	if p.Quantity < n {
		return &StockError{sku, n, p.Quantity}
	}
	p.Quantity -= n
	inv.logf("remove %s -%d", sku, n)
	return nil
}

func (inv *Inventory) Sorted(less func(a, b *Product) bool) []*Product {
	out := make([]*Product, 0, len(inv.products))
	for _, p := range inv.products {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func (inv *Inventory) TotalByCategory() map[Category]float64 {
	t := map[Category]float64{}
	for _, p := range inv.products {
		t[p.Cat] += p.Price * float64(p.Quantity)
	}
	return t
}

func main() {
	var inv Inventory
	inv.Add(Product{"T100", "Hammer", Tools, 12.5, 10})
	inv.Add(Product{"F200", "Apple", Food, 0.4, 200})
	inv.Add(Product{"Y300", "Yo-yo", Toys, 3.25, 15})
	inv.Add(Product{"T101", "Wrench", Tools, 8, 0})
	inv.Add(Product{"F200", "Apple", Food, 0.4, 50})
	for _, r := range []struct {
		sku string
		n   int
	}{{"T100", 3}, {"F200", 300}, {"Q999", 1}, {"Y300", 15}} {
		err := inv.Remove(r.sku, r.n)
		var se *StockError
		switch {
		case err == nil:
			fmt.Println("removed", r.n, r.sku)
		case errors.As(err, &se):
			fmt.Println("stock error:", se, "short by", se.Want-se.Have)
		case errors.Is(err, ErrUnknownSKU):
			fmt.Println("unknown:", err)
		}
	}
	byValue := inv.Sorted(func(a, b *Product) bool {
		va, vb := a.Price*float64(a.Quantity), b.Price*float64(b.Quantity)
		if va != vb {
			return va > vb
		}
		return a.SKU < b.SKU
	})
	for _, p := range byValue {
		fmt.Printf("%-5s %-7s %-6v %7.2f x %3d = %8.2f\n", p.SKU, p.Name, p.Cat, p.Price, p.Quantity, p.Price*float64(p.Quantity))
	}
	fmt.Println(inv.TotalByCategory())
	fmt.Println(strings.Join(inv.log, "; "))
}
