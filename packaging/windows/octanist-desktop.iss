; Inno Setup 6 script: the Windows installer for Octanist Desktop.
;
; Not built or tested on the Linux build machine: it needs Windows, Python
; and Inno Setup 6 (https://jrsoftware.org/isinfo.php). On Windows, from the
; repository root (see packaging/README.md):
;
;   py -3.11 -m venv .venv
;   .venv\Scripts\pip install -e ".[package]"
;   .venv\Scripts\pyinstaller --noconfirm packaging\octanist-desktop.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\octanist-desktop.iss
;
; -> dist\octanist-desktop-<version>-setup.exe
;
; The version comes from the frozen executable, whose version resource the
; spec fills from octanist_desktop.__version__.

#define AppName "Octanist Desktop"
#define AppExeName "octanist-desktop.exe"
#define Root SourcePath + "..\.."
#define FrozenApp Root + "\dist\octanist-desktop"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(FrozenApp + "\" + AppExeName, "ProductVersion")
#endif
#if AppVersion == ""
  #error "dist\octanist-desktop\octanist-desktop.exe is missing or has no version: run PyInstaller first"
#endif

[Setup]
; Never change the AppId: Windows uses it to find the installed app for upgrades and uninstall.
AppId={{E2D1281B-2CC1-48D6-B4C2-31D69641F84A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Octanist
AppPublisherURL=https://octanist.com
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Sales staff rarely have admin rights: install per user by default, for
; everyone when the installer is run as administrator.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 supports Windows 10 and later.
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=octanist-desktop-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\octanist-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before files are replaced; its leads are safe in the outbox.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#FrozenApp}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstalling leaves %APPDATA%\Octanist Desktop (the lead outbox and history)
; and the API key in Windows Credential Manager alone: they are the user's data.
