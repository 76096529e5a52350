-- binarytrees: the benchmarks game binary-trees (same computation as binarytrees.go).
-- A node is {left, right}; a leaf is {}.
local function bottom_up_tree(depth)
  if depth <= 0 then return {} end
  depth = depth - 1
  return { bottom_up_tree(depth), bottom_up_tree(depth) }
end

local function item_check(tree)
  if tree[1] == nil then return 1 end
  return 1 + item_check(tree[1]) + item_check(tree[2])
end

local n = math.tointeger(tonumber(arg and arg[1]) or 16)
local min_depth = 4
local max_depth = n
if min_depth + 2 > n then max_depth = min_depth + 2 end
local stretch_depth = max_depth + 1
io.write(string.format("stretch tree of depth %d\t check: %d\n", stretch_depth,
                       item_check(bottom_up_tree(stretch_depth))))

local long_lived = bottom_up_tree(max_depth)
for depth = min_depth, max_depth, 2 do
  local iterations = 1 << (max_depth - depth + min_depth)
  local check = 0
  for _ = 1, iterations do
    check = check + item_check(bottom_up_tree(depth))
  end
  io.write(string.format("%d\t trees of depth %d\t check: %d\n", iterations, depth, check))
end
io.write(string.format("long lived tree of depth %d\t check: %d\n", max_depth, item_check(long_lived)))
