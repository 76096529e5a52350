package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Printf("%q\n", os.Args[1:])
	v := os.Getenv("GOMI_SURELY_UNSET_VARIABLE_12345")
	fmt.Printf("%q %d\n", v, len(v))
	_, ok := os.LookupEnv("GOMI_SURELY_UNSET_VARIABLE_12345")
	fmt.Println(ok)
	fmt.Fprintln(os.Stdout, "via os.Stdout")
	fmt.Fprintln(os.Stderr, "via os.Stderr")
	os.Stdout.WriteString("WriteString\n")
	os.Stdout.Write([]byte("Write bytes\n"))
}
