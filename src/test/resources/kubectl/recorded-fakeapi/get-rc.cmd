get rc
