//! Where the output goes: standard output, or `-o FILE` written atomically.
//!
//! A regular (or not yet existing) `FILE` is written to a temporary file in the same
//! folder, synced and renamed over `FILE` only when the run succeeds; on an error the
//! temporary file is removed, and on Ctrl-C (or SIGTERM) the signal handler removes it,
//! so `FILE` is either the complete new output or left as it was. A `FILE` that is a
//! device or a pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written directly.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The temporary file to remove if the process is interrupted.
static PENDING: Mutex<Option<PathBuf>> = Mutex::new(None);

fn set_pending(p: Option<PathBuf>) {
    if let Ok(mut g) = PENDING.lock() {
        *g = p;
    }
}

/// Installs the Ctrl-C / SIGTERM handler: removes a pending temporary output file and
/// exits with 130.
pub fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| {
        if let Ok(mut g) = PENDING.lock() {
            if let Some(p) = g.take() {
                let _ = std::fs::remove_file(p);
            }
        }
        eprintln!("\nonrecord: interrupted");
        std::process::exit(130);
    });
}

/// An output destination.
pub enum Sink {
    /// Standard output.
    Stdout(io::Stdout),
    /// A temporary file renamed over `target` on success.
    Atomic {
        /// The temporary file.
        tmp: tempfile::NamedTempFile,
        /// The final path.
        target: PathBuf,
    },
    /// A device or pipe written in place.
    Direct(File),
}

impl Sink {
    /// Opens `path` (`None` or `-`: standard output).
    pub fn open(path: Option<&Path>) -> Result<Sink, String> {
        let Some(path) = path.filter(|p| p.as_os_str() != "-") else {
            return Ok(Sink::Stdout(io::stdout()));
        };
        let shown = path.display();
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => return Err(format!("cannot write {shown}: it is a directory")),
            Ok(m) if !m.is_file() => {
                let f = std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .map_err(|e| format!("cannot write {shown}: {e}"))?;
                return Ok(Sink::Direct(f));
            }
            _ => {}
        }
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(&dir)
            .map_err(|e| format!("cannot write {shown}: {e}"))?;
        set_pending(Some(tmp.path().to_path_buf()));
        Ok(Sink::Atomic {
            tmp,
            target: path.to_path_buf(),
        })
    }

    /// The name to show in messages.
    pub fn name(&self) -> String {
        match self {
            Sink::Stdout(_) => "standard output".to_string(),
            Sink::Atomic { target, .. } => target.display().to_string(),
            Sink::Direct(_) => "the output".to_string(),
        }
    }

    /// Makes the output final: syncs and renames the temporary file over the target.
    pub fn commit(self) -> io::Result<()> {
        match self {
            Sink::Stdout(mut s) => s.flush(),
            Sink::Direct(mut f) => f.flush(),
            Sink::Atomic { tmp, target } => {
                tmp.as_file().sync_all()?;
                set_permissions(&tmp, &target)?;
                let r = tmp.persist(&target).map(|_| ()).map_err(|e| e.error);
                set_pending(None);
                r
            }
        }
    }
}

/// Gives the new file the target's permissions when it exists, else rw-r--r--
/// (temporary files start private).
fn set_permissions(tmp: &tempfile::NamedTempFile, target: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let perms = match std::fs::metadata(target) {
            Ok(m) => m.permissions(),
            Err(_) => std::fs::Permissions::from_mode(0o644),
        };
        tmp.as_file().set_permissions(perms)?;
    }
    #[cfg(not(unix))]
    let _ = (tmp, target);
    Ok(())
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(s) => s.write(buf),
            Sink::Atomic { tmp, .. } => tmp.write(buf),
            Sink::Direct(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(s) => s.flush(),
            Sink::Atomic { tmp, .. } => tmp.flush(),
            Sink::Direct(f) => f.flush(),
        }
    }
}
