package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Print("odd", k, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	var i int
	for i = 10; i > 0; i -= 3 {
	}
	fmt.Println(i)
	sum := 0
	for x := 1; x <= 100; x++ {
		sum += x
	}
	fmt.Println(sum)
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == i {
				continue
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	cnt := 0
	for ; cnt < 4; {
		cnt++
	}
	fmt.Println(cnt)
	arr := []string{"a", "b", "c"}
	for i := range arr {
		arr[i] = arr[i] + arr[i]
	}
	fmt.Println(arr)
	for i, v := range arr {
		if i == 0 {
			arr = append(arr, "z")
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(arr))
	nums := [3]int{1, 2, 3}
	for i, v := range nums {
		nums[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println(nums)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	fmt.Println("done")
}
