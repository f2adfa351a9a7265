get foos
