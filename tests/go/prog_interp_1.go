package main

import (
	"fmt"
	"strconv"
	"strings"
)

// A small stack-machine interpreter with labels and jumps.

type Op int

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
	DEC
	OVER
)

var opNames = map[string]Op{
	"push": PUSH, "add": ADD, "sub": SUB, "mul": MUL, "dup": DUP, "swap": SWAP,
	"jz": JZ, "jmp": JMP, "print": PRINT, "halt": HALT, "dec": DEC, "over": OVER,
}

func (o Op) String() string {
	for k, v := range opNames {
		if v == o {
			return strings.ToUpper(k)
		}
	}
	return "?"
}

type Instr struct {
	Op  Op
	Arg int
}

type VM struct {
	code  []Instr
	stack []int
	pc    int
	steps int
	out   []string
}

func assemble(src string) ([]Instr, error) {
	labels := map[string]int{}
	var lines [][]string
	for _, raw := range strings.Split(src, "\n") {
		line := strings.TrimSpace(raw)
		if i := strings.Index(line, ";"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if strings.HasSuffix(line, ":") {
			labels[strings.TrimSuffix(line, ":")] = len(lines)
			continue
		}
		lines = append(lines, strings.Fields(line))
	}
	code := make([]Instr, 0, len(lines))
	for n, f := range lines {
		op, ok := opNames[f[0]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown op %q", n, f[0])
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			if v, err := strconv.Atoi(f[1]); err == nil {
				in.Arg = v
			} else if t, ok := labels[f[1]]; ok {
				in.Arg = t
			} else {
				return nil, fmt.Errorf("line %d: bad operand %q", n, f[1])
			}
		}
		code = append(code, in)
	}
	return code, nil
}

func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(limit int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm crashed at pc=%d: %v", vm.pc, r)
		}
	}()
	for vm.pc < len(vm.code) {
		if vm.steps >= limit {
			return fmt.Errorf("step limit %d exceeded", limit)
		}
		vm.steps++
		in := vm.code[vm.pc]
		vm.pc++
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD:
			b, a := vm.pop(), vm.pop()
			vm.push(a + b)
		case SUB:
			b, a := vm.pop(), vm.pop()
			vm.push(a - b)
		case MUL:
			b, a := vm.pop(), vm.pop()
			vm.push(a * b)
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case OVER:
			b, a := vm.pop(), vm.pop()
			vm.push(a)
			vm.push(b)
			vm.push(a)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case DEC:
			vm.push(vm.pop() - 1)
		case JZ:
			if vm.pop() == 0 {
				vm.pc = in.Arg
			}
		case JMP:
			vm.pc = in.Arg
		case PRINT:
			vm.out = append(vm.out, strconv.Itoa(vm.stack[len(vm.stack)-1]))
		case HALT:
			return nil
		}
	}
	return nil
}

const factorial = `
	push 1      ; acc
	push 10     ; n
loop:
	dup
	jz done     ; stack: acc n
	swap        ; n acc
	over        ; n acc n
	mul         ; n acc*n
	swap        ; acc*n n
	dec         ; acc*n n-1
	jmp loop
done:
	swap
	print
	halt
`

func main() {
	progs := []string{
		"push 2\npush 3\nadd\npush 4\nmul\nprint",
		"push 5\nloop:\nprint\ndec\ndup\njz end\njmp loop\nend:\nhalt",
		"push 1\nadd",
		"push 1\nforever:\njmp forever",
		"bogus 1",
		"jmp nowhere",
		factorial,
	}
	for i, src := range progs {
		code, err := assemble(src)
		if err != nil {
			fmt.Println(i, "assemble error:", err)
			continue
		}
		vm := &VM{code: code}
		err = vm.Run(500)
		fmt.Println(i, "steps", vm.steps, "out", vm.out, "stack", vm.stack, "err", err)
	}
	fmt.Println(PUSH, MUL, HALT)
}
