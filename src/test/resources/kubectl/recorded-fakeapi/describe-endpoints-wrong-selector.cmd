describe endpoints kubia-wrong-selector
