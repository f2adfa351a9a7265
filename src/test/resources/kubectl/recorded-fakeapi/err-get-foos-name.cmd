get foos bar
