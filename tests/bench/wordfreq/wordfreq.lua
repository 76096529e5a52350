-- wordfreq: word frequencies over a deterministic synthetic text (same computation as wordfreq.go).
local VOCAB_SIZE = 2000
local state = 42

local function next_rand()
  state = (state * 1103515245 + 12345) & 0x7fffffff
  return state
end

local function make_vocab()
  local vocab = {}
  for i = 1, VOCAB_SIZE do
    local n = 3 + next_rand() % 6
    local b = {}
    for j = 1, n do
      b[j] = string.char(97 + next_rand() % 26)
    end
    vocab[i] = table.concat(b)
  end
  return vocab
end

local n = math.tointeger(tonumber(arg and arg[1]) or 2000000)
local vocab = make_vocab()
local parts = {}
for i = 1, n do
  local k = next_rand() % VOCAB_SIZE
  k = k * k // VOCAB_SIZE
  parts[i] = vocab[k + 1]
end
local text = table.concat(parts, " ") .. " "
parts = nil

local counts = {}
local total = 0
for w in string.gmatch(text, "%S+") do
  counts[w] = (counts[w] or 0) + 1
  total = total + 1
end
local words = {}
local distinct = 0
for w in pairs(counts) do
  distinct = distinct + 1
  words[distinct] = w
end
table.sort(words, function(a, b)
  local ca, cb = counts[a], counts[b]
  if ca ~= cb then return ca > cb end
  return a < b
end)
io.write(string.format("words: %d distinct: %d\n", total, distinct))
for i = 1, 3 do
  io.write(string.format("%s %d\n", words[i], counts[words[i]]))
end
