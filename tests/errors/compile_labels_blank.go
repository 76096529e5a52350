package main

func main() {
L:
	for {
		break
	}
L:
	for {
		continue M
	}
_:
_:
	goto _
	goto N
}
