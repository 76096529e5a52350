package main

const init = 2

type main int
