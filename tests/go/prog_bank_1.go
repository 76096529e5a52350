package main

import (
	"errors"
	"fmt"
	"sort"
)

type AccountID string

type Account struct {
	ID      AccountID
	Owner   string
	Balance int64
	History []Txn
}

type Txn struct {
	Kind   string
	Amount int64
}

var ErrInsufficient = errors.New("insufficient funds")
var ErrNoAccount = errors.New("no such account")

type InvalidAmount struct{ Amount int64 }

func (e InvalidAmount) Error() string { return fmt.Sprintf("invalid amount %d", e.Amount) }

type Bank struct {
	accounts map[AccountID]*Account
	nextID   int
}

func NewBank() *Bank { return &Bank{accounts: make(map[AccountID]*Account)} }

func (b *Bank) Open(owner string, initial int64) *Account {
	b.nextID++
	id := AccountID(fmt.Sprintf("ACC%03d", b.nextID))
	a := &Account{ID: id, Owner: owner}
	b.accounts[id] = a
	if initial > 0 {
		a.deposit(initial)
	}
	return a
}

func (a *Account) deposit(amt int64) {
	a.Balance += amt
	a.History = append(a.History, Txn{"deposit", amt})
}

func (b *Bank) Deposit(id AccountID, amt int64) error {
	if amt <= 0 {
		return InvalidAmount{amt}
	}
	a, ok := b.accounts[id]
	if !ok {
		return fmt.Errorf("deposit to %s: %w", id, ErrNoAccount)
	}
	a.deposit(amt)
	return nil
}

func (b *Bank) Withdraw(id AccountID, amt int64) error {
	a, ok := b.accounts[id]
	if !ok {
		return fmt.Errorf("withdraw from %s: %w", id, ErrNoAccount)
	}
	if amt > a.Balance {
		return fmt.Errorf("withdraw %d from %s (balance %d): %w", amt, id, a.Balance, ErrInsufficient)
	}
	a.Balance -= amt
	a.History = append(a.History, Txn{"withdraw", amt})
	return nil
}

func (b *Bank) Transfer(from, to AccountID, amt int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer failed: %w", err)
		}
	}()
	if _, ok := b.accounts[to]; !ok {
		return ErrNoAccount
	}
	if err := b.Withdraw(from, amt); err != nil {
		return err
	}
	return b.Deposit(to, amt)
}

func (b *Bank) Report() {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, string(id))
	}
	sort.Strings(ids)
	var total int64
	for _, id := range ids {
		a := b.accounts[AccountID(id)]
		total += a.Balance
		fmt.Printf("%s %-6s %8.2f %v\n", a.ID, a.Owner, float64(a.Balance)/100, a.History)
	}
	fmt.Printf("total: %.2f\n", float64(total)/100)
}

func main() {
	bank := NewBank()
	alice := bank.Open("alice", 10000)
	bob := bank.Open("bob", 0)
	carol := bank.Open("carol", 2550)
	steps := []func() error{
		func() error { return bank.Deposit(bob.ID, 500) },
		func() error { return bank.Deposit(bob.ID, -5) },
		func() error { return bank.Withdraw(carol.ID, 3000) },
		func() error { return bank.Transfer(alice.ID, bob.ID, 2500) },
		func() error { return bank.Transfer(bob.ID, "ACC999", 1) },
		func() error { return bank.Transfer(bob.ID, carol.ID, 99999) },
		func() error { return bank.Withdraw("nobody", 1) },
	}
	for i, step := range steps {
		err := step()
		var ia InvalidAmount
		switch {
		case err == nil:
			fmt.Println(i, "ok")
		case errors.Is(err, ErrInsufficient):
			fmt.Println(i, "insufficient:", err)
		case errors.Is(err, ErrNoAccount):
			fmt.Println(i, "missing account:", err)
		case errors.As(err, &ia):
			fmt.Println(i, "bad amount", ia.Amount, err)
		default:
			fmt.Println(i, "other", err)
		}
	}
	bank.Report()
}
