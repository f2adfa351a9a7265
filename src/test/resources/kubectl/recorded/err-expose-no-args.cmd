expose
