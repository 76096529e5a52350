package main

// fmt.Scan, Scanln and Scanf read os.Stdin a byte at a time, so a bufio.Reader created
// afterwards sees exactly the input they left (minus the one rune each call looks ahead).
import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var a, b int
	n, err := fmt.Scan(&a, &b)
	fmt.Println("Scan:", n, err, a, b)

	var s string
	var f float64
	n, err = fmt.Scanln(&s, &f)
	fmt.Println("Scanln:", n, err, s, f)
	n, err = fmt.Scanln(&s, &f)
	fmt.Println("Scanln short:", n, err, s, f)

	var x, y int
	n, err = fmt.Scanf("%d,%d\n", &x, &y)
	fmt.Println("Scanf:", n, err, x, y)
	var r1, r2 rune
	n, err = fmt.Scanf("%c%c", &r1, &r2)
	fmt.Println("Scanf %c:", n, err, string(r1), string(r2))

	var w string
	n, err = fmt.Scan(&w)
	fmt.Println("Scan word:", n, err, w)

	reader := bufio.NewReader(os.Stdin)
	rest, err := reader.ReadString('\n')
	fmt.Printf("bufio sees: %q %v\n", rest, err)
	var k int
	n, err = fmt.Fscan(reader, &k)
	fmt.Println("Fscan:", n, err, k)
	n, err = fmt.Fscan(reader, &k)
	fmt.Println("Fscan bad:", n, err, k)
	line, err := reader.ReadString('\n')
	fmt.Printf("after error: %q %v\n", line, err)
	n, err = fmt.Scan(&k)
	fmt.Println("Scan at end:", n, err, k)
}
