describe rs kubia-7b9d6c8f5d
