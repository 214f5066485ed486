console.log("docs: nothing to build yet")
