describe ep kubia-headless
