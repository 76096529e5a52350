package main

import "fmt"

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("my error code %d", e.Code) }

func main() {
	panic(MyErr{Code: 1})
}
