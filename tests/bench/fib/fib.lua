-- fib: naive recursive Fibonacci (same computation as fib.go).
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local n = tonumber(arg and arg[1]) or 32
n = math.tointeger(n)
io.write(string.format("fib(%d) = %d\n", n, fib(n)))
