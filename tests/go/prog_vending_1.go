package main

import (
	"fmt"
	"sort"
)

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfOrder
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasMoney:
		return "HasMoney"
	case Dispensing:
		return "Dispensing"
	case OutOfOrder:
		return "OutOfOrder"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	revenue int
}

type Event struct {
	Kind string
	Arg  string
	Amt  int
}

func (m *Machine) Handle(e Event) (string, error) {
	switch m.state {
	case OutOfOrder:
		if e.Kind == "repair" {
			m.state = Idle
			return "repaired", nil
		}
		return "", fmt.Errorf("machine out of order, ignoring %s", e.Kind)
	case Idle, HasMoney:
		switch e.Kind {
		case "coin":
			if e.Amt <= 0 {
				return "", fmt.Errorf("bad coin %d", e.Amt)
			}
			m.credit += e.Amt
			m.state = HasMoney
			return fmt.Sprintf("credit %d", m.credit), nil
		case "select":
			price, ok := m.prices[e.Arg]
			if !ok {
				return "", fmt.Errorf("unknown item %q", e.Arg)
			}
			if m.stock[e.Arg] == 0 {
				return "", fmt.Errorf("%s sold out", e.Arg)
			}
			if m.credit < price {
				return "", fmt.Errorf("need %d more for %s", price-m.credit, e.Arg)
			}
			m.state = Dispensing
			m.stock[e.Arg]--
			m.credit -= price
			m.revenue += price
			change := m.credit
			m.credit = 0
			m.state = Idle
			return fmt.Sprintf("dispensed %s, change %d", e.Arg, change), nil
		case "refund":
			c := m.credit
			m.credit = 0
			m.state = Idle
			return fmt.Sprintf("refunded %d", c), nil
		case "kick":
			m.state = OutOfOrder
			return "ouch", nil
		}
	}
	return "", fmt.Errorf("event %s invalid in state %v", e.Kind, m.state)
}

func main() {
	m := &Machine{
		stock:  map[string]int{"cola": 2, "chips": 1, "gum": 0},
		prices: map[string]int{"cola": 150, "chips": 100, "gum": 50},
	}
	events := []Event{
		{Kind: "select", Arg: "cola"},
		{Kind: "coin", Amt: 100},
		{Kind: "select", Arg: "cola"},
		{Kind: "coin", Amt: 100},
		{Kind: "select", Arg: "cola"},
		{Kind: "coin", Amt: 25},
		{Kind: "select", Arg: "gum"},
		{Kind: "select", Arg: "water"},
		{Kind: "refund"},
		{Kind: "kick"},
		{Kind: "coin", Amt: 100},
		{Kind: "repair"},
		{Kind: "coin", Amt: -5},
		{Kind: "coin", Amt: 200},
		{Kind: "select", Arg: "chips"},
		{Kind: "dance"},
	}
	for i, e := range events {
		before := m.state
		out, err := m.Handle(e)
		if err != nil {
			fmt.Printf("%2d %-10v %-6s error: %v\n", i, before, e.Kind, err)
		} else {
			fmt.Printf("%2d %-10v %-6s %s -> %v\n", i, before, e.Kind, out, m.state)
		}
	}
	items := make([]string, 0, len(m.stock))
	for k := range m.stock {
		items = append(items, k)
	}
	sort.Strings(items)
	for _, it := range items {
		fmt.Println(it, m.stock[it])
	}
	fmt.Println("revenue", m.revenue, "state", m.state, State(9))
}
