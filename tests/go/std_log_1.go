// package log: prefixes, flags (Lmsgprefix, Lshortfile, Llongfile, date and time), Output's
// call depth, the standard logger, Panicln and Fatalf (exit status 1).
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "app: ", 0)
	l.Println("hello", 42)
	l.Printf("x=%d", 7)
	l.Print("no newline")
	l.Print("with newline\n")
	l.SetPrefix("[p] ")
	l.SetFlags(log.Lmsgprefix)
	l.Println("msgprefix")
	l.SetFlags(log.Lshortfile)
	l.Println("short")
	fmt.Print(buf.String())
	buf.Reset()
	l.SetFlags(log.Llongfile | log.Lmsgprefix)
	l.Output(1, "long")
	long := buf.String()
	fmt.Println(strings.HasPrefix(long, "/"), strings.HasSuffix(long, "/std_log_1.go:28: [p] long\n"))
	fmt.Println(l.Flags(), l.Prefix(), log.Flags() == log.LstdFlags, log.Prefix() == "")
	buf.Reset()
	l2 := log.New(&buf, "", log.Ldate|log.Ltime|log.Lmicroseconds|log.LUTC)
	l2.Println("stamped")
	s := buf.String()
	fmt.Println(len(s), s[4] == '/', s[7] == '/', s[10] == ' ', s[13] == ':', s[19] == '.',
		strings.HasSuffix(s, " stamped\n"))
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("std to stdout")
	log.SetPrefix("std: ")
	log.Printf("%s", "formatted")
	log.SetFlags(log.Lshortfile)
	log.Print("where")
	fmt.Println(log.Writer() == os.Stdout, log.Default().Prefix())
	defer func() {
		r := recover()
		fmt.Printf("recovered %q\n", r)
		log.Fatalf("fatal %d", 3)
	}()
	log.Panicln("boom", 1)
}
