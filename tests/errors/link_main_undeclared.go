package main

import "fmt"

func helper() { fmt.Println("never runs") }

func Main() { helper() }
