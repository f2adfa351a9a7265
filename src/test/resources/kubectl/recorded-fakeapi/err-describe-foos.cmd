describe foos
