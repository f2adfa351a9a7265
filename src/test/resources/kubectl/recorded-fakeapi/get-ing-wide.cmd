get ing -o wide
