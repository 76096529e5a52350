package main

import "fmt"

func main() {
	i := 0
	if i > 0 {
		goto L1
	}
	a, b := 1, 2
L1:
	fmt.Println(a, b)
	goto L2
	var z int
L2:
	fmt.Println(z)
	switch i {
	case 0:
	L3:
		fmt.Println()
	}
	goto L3
	for {
		goto L4
	}
	{
	L4:
	}
	goto L5
	if true {
	} else {
	L5:
	}
}

func ok() {
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	goto end
end:
}
