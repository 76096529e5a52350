package main

// bytes.Buffer.Truncate beyond the unread length panics.
import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%d-%s", 42, "abc")
	fmt.Println(b.String(), b.Len())
	b.Truncate(b.Len() + 1)
}
