package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Priority int

const (
	Low Priority = iota + 1
	Medium
	High
)

func (p Priority) String() string {
	return map[Priority]string{Low: "low", Medium: "med", High: "HIGH"}[p]
}

type Task struct {
	ID    int
	Title string
	Done  bool
	Prio  Priority
	Tags  []string
}

type Store struct {
	tasks  []*Task
	nextID int
}

var errNotFound = errors.New("task not found")

func (s *Store) find(id int) (*Task, error) {
	for _, t := range s.tasks {
		if t.ID == id {
			return t, nil
		}
	}
	return nil, fmt.Errorf("id %d: %w", id, errNotFound)
}

func (s *Store) Exec(line string) (string, error) {
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return "", errors.New("empty command")
	}
	cmd, args := fields[0], fields[1:]
	switch cmd {
	case "add":
		prio := Medium
		var tags, words []string
		for _, a := range args {
			switch {
			case a == "!":
				prio = High
			case a == "?":
				prio = Low
			case strings.HasPrefix(a, "#"):
				tags = append(tags, a[1:])
			default:
				words = append(words, a)
			}
		}
		s.nextID++
		s.tasks = append(s.tasks, &Task{s.nextID, strings.Join(words, " "), false, prio, tags})
		return fmt.Sprintf("added #%d", s.nextID), nil
	case "done", "rm":
		if len(args) != 1 {
			return "", fmt.Errorf("%s: want 1 argument, got %d", cmd, len(args))
		}
		id, err := strconv.Atoi(args[0])
		if err != nil {
			return "", fmt.Errorf("%s: %w", cmd, err)
		}
		t, err := s.find(id)
		if err != nil {
			return "", err
		}
		if cmd == "done" {
			t.Done = true
			return "completed " + strconv.Quote(t.Title), nil
		}
		for i, x := range s.tasks {
			if x == t {
				s.tasks = append(s.tasks[:i], s.tasks[i+1:]...)
				break
			}
		}
		return "removed " + strconv.Itoa(id), nil
	case "list":
		sorted := append([]*Task(nil), s.tasks...)
		sort.SliceStable(sorted, func(i, j int) bool {
			if sorted[i].Done != sorted[j].Done {
				return !sorted[i].Done
			}
			return sorted[i].Prio > sorted[j].Prio
		})
		var sb strings.Builder
		for _, t := range sorted {
			mark := " "
			if t.Done {
				mark = "x"
			}
			fmt.Fprintf(&sb, "  [%s] %2d %-4v %-20s %v\n", mark, t.ID, t.Prio, t.Title, t.Tags)
		}
		return strings.TrimRight(sb.String(), "\n"), nil
	}
	return "", fmt.Errorf("unknown command %q", cmd)
}

func main() {
	s := &Store{}
	script := []string{
		"add buy milk #home ?",
		"add fix bug 42 ! #work #urgent",
		"add write report #work",
		"done 2",
		"done 9",
		"rm x",
		"done",
		"frobnicate",
		"add call mom !",
		"list",
		"rm 1",
		"list",
		"",
	}
	failures := 0
	for _, line := range script {
		out, err := s.Exec(line)
		if err != nil {
			failures++
			fmt.Fprintf(os.Stdout, "> %s\n  error: %v (notfound=%v)\n", line, err, errors.Is(err, errNotFound))
			continue
		}
		fmt.Printf("> %s\n%s\n", line, out)
	}
	fmt.Println("failures:", failures)
}
