describe endpoints kubia-no-selector
